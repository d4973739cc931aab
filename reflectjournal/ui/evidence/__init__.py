"""Evidence against professional frameworks in the app: the picker, the
row that shows an entry's or a record's items, and the evidence map."""

"""Generates fast attribute accessors at import time, as namedtuple-style libraries do."""
FIELDS = ("name", "size", "owner")
NAMESPACE = {}

for field in FIELDS:
    exec("def get_%s(record):\n    return record[%r]  # generated accessor for one field" % (field, field), NAMESPACE)
    exec(str.format("def set_{0}(record, value):\n    record['{0}'] = value", field), NAMESPACE)

"""Moving missions in and out: the JSON mission exchange format, and the bundled samples."""

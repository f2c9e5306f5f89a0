"""Opening workbooks safely and reading the Chapter 3 layout out of them."""

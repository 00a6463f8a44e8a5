<!DOCTYPE html>
<html lang="$ContentLocale"><head><% base_tag %><title>$Title</title></head><body>$Layout</body></html>

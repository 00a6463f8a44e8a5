<?php
// YOURLS 1.9: API endpoint (action=shorturl|expand|url-stats|stats|db-stats|version).

<?php
// Stand-in: the deploy pipeline's OPcache reset hook (uploaded, called with a token, meant to be
// deleted afterwards). Holds the hook's token in its source.

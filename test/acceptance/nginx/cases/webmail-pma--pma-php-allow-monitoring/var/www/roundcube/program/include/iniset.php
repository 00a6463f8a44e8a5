<?php
// Placeholder for Roundcube's bootstrap (denied over HTTP).

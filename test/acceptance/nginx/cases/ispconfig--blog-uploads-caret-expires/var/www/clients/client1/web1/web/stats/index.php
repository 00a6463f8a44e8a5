<?php
// ISPConfig awstats_index.php: month selector for awsindex.html

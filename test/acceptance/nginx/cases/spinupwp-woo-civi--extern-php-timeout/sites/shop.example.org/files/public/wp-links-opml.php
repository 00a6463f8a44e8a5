<?php
// WordPress wp-links-opml

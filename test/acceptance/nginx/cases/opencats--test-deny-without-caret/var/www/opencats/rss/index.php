<?php
// stand-in for OpenCATS rss/index.php

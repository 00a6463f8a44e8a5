<?php
// stand-in for OpenCATS lib/FileUtility.php

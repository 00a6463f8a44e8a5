<?php
// stand-in for OpenCATS rebuild_old_docs.php

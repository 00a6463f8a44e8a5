<?php
// default template stand-in: public-download.php

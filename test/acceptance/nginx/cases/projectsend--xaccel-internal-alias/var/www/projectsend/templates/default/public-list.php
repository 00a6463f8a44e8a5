<?php
// default template stand-in: public-list.php

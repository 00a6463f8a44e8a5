<?php
// js/callbacks/usersearch.php (stand-in)

<?php
// stand-in for includes/defines.php

<?php
// stand-in for Chamilo's terms.php

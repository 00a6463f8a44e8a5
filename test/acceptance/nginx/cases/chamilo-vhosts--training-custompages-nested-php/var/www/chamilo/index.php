<?php
// stand-in for Chamilo's index.php

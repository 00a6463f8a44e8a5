<?php
// stand-in for templates/cassiopeia/index.php

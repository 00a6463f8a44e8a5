<?php
// install/index.php

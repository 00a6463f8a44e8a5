<?php
// stand-in for OpenCATS careers/index.php

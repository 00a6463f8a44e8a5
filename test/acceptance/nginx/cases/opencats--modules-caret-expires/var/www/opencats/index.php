<?php
// stand-in for OpenCATS index.php

<?php
// stand-in for OpenCATS QueueCLI.php

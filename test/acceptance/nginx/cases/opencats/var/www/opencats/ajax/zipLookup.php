<?php
// stand-in for OpenCATS ajax/zipLookup.php

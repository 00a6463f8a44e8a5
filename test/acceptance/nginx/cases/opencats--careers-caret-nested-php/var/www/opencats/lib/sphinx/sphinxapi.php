<?php
// stand-in for OpenCATS lib/sphinx/sphinxapi.php

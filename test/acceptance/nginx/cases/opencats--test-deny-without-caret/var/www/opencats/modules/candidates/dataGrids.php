<?php
// stand-in for OpenCATS modules/candidates/dataGrids.php

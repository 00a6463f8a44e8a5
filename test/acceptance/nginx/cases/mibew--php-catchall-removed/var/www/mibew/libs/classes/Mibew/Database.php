<?php
// Mibew\Database (stand-in for the case)

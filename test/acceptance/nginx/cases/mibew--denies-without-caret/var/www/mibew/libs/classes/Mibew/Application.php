<?php
// Mibew\Application (stand-in for the case)

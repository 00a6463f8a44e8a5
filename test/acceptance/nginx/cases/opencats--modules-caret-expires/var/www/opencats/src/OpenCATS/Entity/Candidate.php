<?php
// stand-in for OpenCATS src/OpenCATS/Entity/Candidate.php

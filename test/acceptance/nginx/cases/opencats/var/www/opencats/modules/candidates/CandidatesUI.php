<?php
// stand-in for OpenCATS modules/candidates/CandidatesUI.php

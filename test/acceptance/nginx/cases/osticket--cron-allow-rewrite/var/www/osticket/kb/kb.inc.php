<?php
// osTicket 1.18 placeholder: kb/kb.inc.php

<?php
// osTicket 1.18 placeholder: open.php

<?php
// osTicket 1.18 placeholder: pages/index.php

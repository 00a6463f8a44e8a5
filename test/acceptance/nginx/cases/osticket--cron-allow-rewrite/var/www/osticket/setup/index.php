<?php
// osTicket 1.18 placeholder: setup/index.php

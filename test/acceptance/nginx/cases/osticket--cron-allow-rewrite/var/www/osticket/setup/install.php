<?php
// osTicket 1.18 placeholder: setup/install.php

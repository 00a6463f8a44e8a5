<?php
// osTicket 1.18 placeholder: setup/cli/manage.php

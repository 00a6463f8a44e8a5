<?php
// osTicket 1.18 placeholder: ajax.php

<?php
// osTicket 1.18 placeholder: view.php

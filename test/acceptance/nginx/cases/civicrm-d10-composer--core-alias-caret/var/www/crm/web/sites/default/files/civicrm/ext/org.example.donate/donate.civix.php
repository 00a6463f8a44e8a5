<?php
// civix boilerplate (stand-in).

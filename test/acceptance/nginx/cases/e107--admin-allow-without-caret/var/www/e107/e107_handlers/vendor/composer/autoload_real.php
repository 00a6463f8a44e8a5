<?php
// e107 stub

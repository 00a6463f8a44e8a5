<?php
// phpPgAdmin class stub

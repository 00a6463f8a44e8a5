<?php
// installation wizard

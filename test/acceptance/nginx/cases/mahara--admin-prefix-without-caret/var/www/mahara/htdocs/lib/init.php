<?php
// Bootstrap library.

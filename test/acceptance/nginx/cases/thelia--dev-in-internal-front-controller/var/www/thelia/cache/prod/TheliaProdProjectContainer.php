<?php
// compiled container

<?php
// admin source

<?php
// wfw:comment API

<?php
// admin help

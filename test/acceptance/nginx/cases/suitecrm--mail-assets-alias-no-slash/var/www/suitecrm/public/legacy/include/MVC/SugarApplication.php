<?php
class SugarApplication {}

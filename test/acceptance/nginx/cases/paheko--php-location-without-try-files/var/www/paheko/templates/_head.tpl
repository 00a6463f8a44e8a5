<!DOCTYPE html>
<html lang="fr">
<head><title>{$title}</title></head>

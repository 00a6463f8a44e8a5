<!DOCTYPE html>{asset name="Head"}
